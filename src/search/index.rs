//! One language's index. Pages are cut into passages (a section, or a part of
//! a long one); every term's BM25 score in every passage is computed here, at
//! build time, with title and heading boosts. A term's postings are ordered by
//! score and cut into chunks that grow fourfold (64, 256, 1024, then 4096 each), so the
//! first screen of results needs only the first chunk even for a word on every
//! page. The dictionary is sorted and cut into small range shards; each page's
//! passage texts, for excerpts, are compressed. The browser loads only the
//! shards, packs and text groups a query needs.
//!
//! Files are few, since each costs more to create than to fill: further chunks
//! are packed together in term order (so one term's chunks mostly share a
//! file) up to `PACK_BYTES`; pages' texts go `TEXT_GROUP` to a file.
//!
//! Files, under `search/<lang>/` (each a classic script, see `encode`):
//! - `meta.js`: `{v: 3, passages, docs, tg: pages per text file, shards: [first term of each shard]}`
//! - `d/<shard>.js`: `[[term, chunk0, [max score of chunk 1, 2, …], [pack of chunk 1, 2, …]]?, …]`
//! - `p/<pack>.js`: `{"<chunk> <term>": chunk, …}`, further chunks
//! - `t/<group>.js`: `[{u: url, t: title, c?: charset, z: deflate(JSON [[anchor, heading, text], …])}, …]`,
//!   pages `group * tg` to `group * tg + tg - 1`; `c` is "windows-874" for
//!   mostly Thai texts (`encode::page_texts`), else the texts are UTF-8
//!
//! A chunk is `(passage id delta, score)` pairs in VLQ, by passage id; a
//! passage id is `doc << 6 | passage`, so the page of a posting is known
//! without a table. Scores are BM25 × 10, rounded, at least 1.

use super::live::LiveIndex;
use super::tokenize::{self, Term};
use super::{encode, OutputFile, SearchDoc};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;

/// A passage id is `doc << PASSAGE_BITS | passage` (the browser's `PASSAGES`).
pub(super) const PASSAGE_BITS: u32 = 6;
/// Passages per page; the rest of a longer page joins its last passage.
const MAX_PASSAGES: usize = 1 << PASSAGE_BITS;
/// A section longer than this (in characters) is cut at a line break.
const PASSAGE_CHARS: usize = 1500;
/// Pages tokenized together before their postings join the term lists.
const BATCH: usize = 512;
// A text group never straddles two batches (each batch writes its groups).
const _: () = assert!(BATCH.is_multiple_of(TEXT_GROUP));
/// Dictionary shards are cut after this many bytes.
const SHARD_BYTES: usize = 4096;
/// Further chunks share a pack file up to this many bytes (a larger chunk
/// has a file of its own).
const PACK_BYTES: usize = 4096;
/// Pages whose texts share a file. A first query fetches the texts of its
/// ten results: two a file took a first Thai query at 3,000 pages from 144 to
/// 193 KB, so one (the browser reads any group size from `meta.js`).
pub(super) const TEXT_GROUP: usize = 1;
const FIRST_CHUNK: usize = 64;
/// Chunks grow fourfold up to this many postings.
const LAST_CHUNK: usize = 4096;
const TITLE_WEIGHT: u32 = 6;
const HEADING_WEIGHT: u32 = 3;
const K1: f64 = 1.2;
const B: f64 = 0.75;

pub(super) struct Passage<'a> {
    anchor: &'a str,
    heading: &'a str,
    /// Heading counted in this passage (the first of a titled section).
    with_heading: bool,
    text: String,
}

/// GitHub alert markers. pulldown-cmark takes them out of real alerts, but one
/// that is not alone on its line stays literal text: never show it in an
/// excerpt (nor index its word).
const ALERT_MARKERS: [&str; 5] = [
    "[!NOTE]",
    "[!TIP]",
    "[!IMPORTANT]",
    "[!WARNING]",
    "[!CAUTION]",
];

/// The line without alert markers (any case), and the space after one.
fn without_alert_markers(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("[!") {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("[!") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        match ALERT_MARKERS.iter().find(|m| {
            tail.get(..m.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(m))
        }) {
            Some(m) => {
                rest = &tail[m.len()..];
                rest = rest.strip_prefix(' ').unwrap_or(rest);
            }
            None => {
                out.push_str("[!");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// A page's passages: never none, so every title is searchable.
pub(super) fn passages<'a>(doc: &SearchDoc<'a>) -> Vec<Passage<'a>> {
    let mut out: Vec<Passage> = Vec::new();
    for s in &doc.sections {
        let mut first = true;
        let mut text = String::new();
        let mut chars = 0;
        for line in s.text.lines() {
            let line = without_alert_markers(line);
            let n = line.chars().count();
            if chars > 0 && chars + n > PASSAGE_CHARS {
                out.push(Passage {
                    anchor: s.anchor,
                    heading: s.heading,
                    with_heading: first && !s.anchor.is_empty(),
                    text: std::mem::take(&mut text),
                });
                first = false;
                chars = 0;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line);
            chars += n + 1;
        }
        if !text.is_empty() || first {
            out.push(Passage {
                anchor: s.anchor,
                heading: s.heading,
                with_heading: first && !s.anchor.is_empty(),
                text,
            });
        }
    }
    if out.is_empty() {
        out.push(Passage {
            anchor: "",
            heading: doc.title,
            with_heading: false,
            text: String::new(),
        });
    }
    if out.len() > MAX_PASSAGES {
        let tail: Vec<String> = out.drain(MAX_PASSAGES..).map(|p| p.text).collect();
        let last = &mut out[MAX_PASSAGES - 1];
        for t in tail {
            last.text.push('\n');
            last.text.push_str(&t);
        }
    }
    out
}

/// Term ids shared by the threads: a term's id is its shard (low bits) and
/// its place in that shard. Ids depend on thread timing; nothing written
/// does, since terms are sorted by their text before output.
pub(super) struct Interner {
    shards: Vec<Mutex<InternShard>>,
}

/// Term to id, and the terms in id order.
type InternShard = (HashMap<String, u32>, Vec<String>);

const INTERNER_BITS: u32 = 6;

impl Interner {
    pub(super) fn new() -> Interner {
        Interner {
            shards: (0..1 << INTERNER_BITS)
                .map(|_| Mutex::new((HashMap::default(), Vec::new())))
                .collect(),
        }
    }

    fn id(&self, term: &str) -> u32 {
        let mut h = std::hash::DefaultHasher::new();
        term.hash(&mut h);
        let shard = (h.finish() as u32) & ((1 << INTERNER_BITS) - 1);
        let mut guard = self.shards[shard as usize]
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let (map, names) = &mut *guard;
        if let Some(&i) = map.get(term) {
            return i;
        }
        let id = (names.len() as u32) << INTERNER_BITS | shard;
        names.push(term.to_string());
        map.insert(term.to_string(), id);
        id
    }

    /// Every term with its id, by id.
    pub(super) fn into_terms(self) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        for (shard, m) in self.shards.into_iter().enumerate() {
            let (_, names) = m.into_inner().unwrap_or_else(|e| e.into_inner());
            for (i, name) in names.into_iter().enumerate() {
                out.push(((i as u32) << INTERNER_BITS | shard as u32, name));
            }
        }
        out.sort_unstable_by_key(|&(id, _)| id);
        out
    }
}

/// One page's postings, `(term id, passage id, weighted frequency)`, and the
/// length of each passage in terms.
pub(super) struct DocTerms {
    pub(super) postings: Vec<(u32, u32, u32)>,
    pub(super) lengths: Vec<u32>,
}

/// What each worker keeps between pages: the tokenizer with its word memory,
/// the ids of the terms it has met, and the ids of its words' terms by the
/// word's number (`u32::MAX`: not met yet), so a word seen again costs one
/// lookup, in the tokenizer.
pub(super) struct Worker {
    tokenizer: tokenize::Tokenizer,
    ids: HashMap<String, u32>,
    word_ids: Vec<u32>,
    /// Vietnamese pairs by their two words' numbers: a pair seen again costs
    /// no string hashing.
    pair_ids: HashMap<(usize, usize), u32>,
}

impl Worker {
    pub(super) fn new(lang: &str) -> Worker {
        Worker {
            tokenizer: tokenize::Tokenizer::new(lang),
            ids: HashMap::default(),
            word_ids: Vec::new(),
            pair_ids: HashMap::default(),
        }
    }
}

pub(super) fn doc_terms(
    w: &mut Worker,
    interner: &Interner,
    doc_id: u32,
    doc: &SearchDoc,
    passages: &[Passage],
) -> DocTerms {
    let mut postings = Vec::new();
    let mut lengths = Vec::with_capacity(passages.len());
    let mut tf: HashMap<u32, u32> = HashMap::default();
    for (i, p) in passages.iter().enumerate() {
        tf.clear();
        let mut len = 0;
        let mut fields: Vec<(&str, u32)> = vec![(&p.text, 1)];
        if p.with_heading {
            fields.push((p.heading, HEADING_WEIGHT));
        }
        if i == 0 {
            fields.push((doc.title, TITLE_WEIGHT));
        }
        for (text, weight) in fields {
            let Worker {
                tokenizer,
                ids,
                word_ids,
                pair_ids,
            } = &mut *w;
            tokenizer.each_term(text, |t, kind| {
                let mut lookup = || match ids.get(t) {
                    Some(&id) => id,
                    None => {
                        let id = interner.id(t);
                        ids.insert(t.to_string(), id);
                        id
                    }
                };
                let id = match kind {
                    Term::Word(k) | Term::Exact(k) => {
                        let slot = 2 * k + usize::from(kind != Term::Word(k));
                        if slot >= word_ids.len() {
                            word_ids.resize(slot + 1, u32::MAX);
                        }
                        if word_ids[slot] == u32::MAX {
                            word_ids[slot] = lookup();
                        }
                        word_ids[slot]
                    }
                    Term::Pair(a, b) => *pair_ids.entry((a, b)).or_insert_with(|| interner.id(t)),
                    Term::Thai => lookup(),
                };
                if matches!(kind, Term::Word(_) | Term::Thai) {
                    len += weight;
                }
                *tf.entry(id).or_default() += weight;
            });
        }
        let pid = doc_id << PASSAGE_BITS | i as u32;
        postings.extend(tf.iter().map(|(&t, &f)| (t, pid, f)));
        lengths.push(len);
    }
    DocTerms { postings, lengths }
}

/// The text entry of one page: `{u, t, z}`.
pub(super) fn text_entry(doc: &SearchDoc, passages: &[Passage]) -> String {
    let rows: Vec<[&str; 3]> = passages
        .iter()
        .map(|p| [p.anchor, p.heading, p.text.as_str()])
        .collect();
    let json = serde_json::to_string(&rows).unwrap_or_default();
    let (z, charset) = encode::page_texts(&json);
    let charset = charset.map_or(String::new(), |c| format!(",\"c\":\"{c}\""));
    format!(
        "{{\"u\":{},\"t\":{}{charset},\"z\":\"{z}\"}}",
        encode::json_string(doc.url),
        encode::json_string(doc.title),
    )
}

/// Text file `group`, holding these pages' entries.
pub(super) fn text_file(lang: &str, group: usize, entries: &[String]) -> OutputFile {
    let name = format!("{lang}/t/{group}");
    OutputFile {
        path: format!("search/{name}.js"),
        bytes: encode::script(&name, &format!("[{}]", entries.join(","))),
    }
}

/// Postings as `(passage id delta, score)` pairs, by passage id.
fn encode_chunk(chunk: &mut [(u32, u32)]) -> String {
    chunk.sort_unstable_by_key(|&(pid, _)| pid);
    let mut s = String::with_capacity(chunk.len() * 4);
    let mut prev = 0;
    for &(pid, score) in chunk.iter() {
        encode::vlq(&mut s, pid - prev);
        encode::vlq(&mut s, score);
        prev = pid;
    }
    s
}

/// JavaScript compares strings by UTF-16 code units: sort the same way.
pub(super) fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// One term's postings while pages are read: `(passage id, frequency)` in
/// passage order, as LEB128 varints (the passage id as the step from the
/// last). A quarter of the memory of the pairs themselves, which at 10,000
/// pages a language were the largest thing a build held.
#[derive(Default)]
struct PostingList {
    bytes: Vec<u8>,
    last: u32,
}

impl PostingList {
    /// Adds a posting. Passage ids only grow; were one not to, the step
    /// wraps and still reads back.
    fn push(&mut self, pid: u32, f: u32) {
        push_varint(&mut self.bytes, pid.wrapping_sub(self.last));
        push_varint(&mut self.bytes, f);
        self.last = pid;
    }

    fn decode(&self) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let (mut at, mut pid) = (0, 0);
        while at < self.bytes.len() {
            pid = read_varint(&self.bytes, &mut at).wrapping_add(pid);
            out.push((pid, read_varint(&self.bytes, &mut at)));
        }
        out
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_varint(bytes: &[u8], at: &mut usize) -> u32 {
    let (mut n, mut shift) = (0u32, 0);
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        n |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

/// Where an index hands its files, a few at a time, as they are made (the
/// build writes each lot in parallel), so a language's files are never all
/// in memory at once.
pub type Emit<'e> = &'e (dyn Fn(Vec<OutputFile>) -> anyhow::Result<()> + Sync);

/// Files held before they go to `Emit` together.
const EMIT_BYTES: usize = 8 << 20;

/// Builds all files of one language's index from its `count` pages, page
/// `i` being `doc(i)`: each page is made when the index reads it, so only one
/// batch of pages' texts needs to be at hand (`Held` texts are unpacked then).
/// Returns how many files went to `emit`.
pub fn build<'a>(
    lang: &str,
    count: usize,
    doc: impl Fn(usize) -> SearchDoc<'a> + Sync,
    emit: Emit,
) -> anyhow::Result<usize> {
    Ok(build_inner(lang, count, doc, false, emit)?.0)
}

/// Builds all files of one language's index, and keeps what `LiveIndex`
/// needs to update it page by page (`sala serve`).
pub fn build_live<'a>(
    lang: &str,
    count: usize,
    doc: impl Fn(usize) -> SearchDoc<'a> + Sync,
    emit: Emit,
) -> anyhow::Result<(usize, LiveIndex)> {
    let (files, live) = build_inner(lang, count, doc, true, emit)?;
    let live = live.unwrap_or_else(|| LiveIndex::empty(lang));
    Ok((files, live))
}

/// Files on their way to `Emit`, handed on once they pass `EMIT_BYTES`.
struct Outbox<'e> {
    files: Vec<OutputFile>,
    /// Bytes of `files[..counted]`.
    bytes: usize,
    counted: usize,
    sent: usize,
    emit: Emit<'e>,
}

impl<'e> Outbox<'e> {
    fn new(emit: Emit<'e>) -> Self {
        Outbox {
            files: Vec::new(),
            bytes: 0,
            counted: 0,
            sent: 0,
            emit,
        }
    }

    /// Hands on the files held if they are many; `force` hands them on anyway.
    fn flush(&mut self, force: bool) -> anyhow::Result<()> {
        self.bytes += self.files[self.counted..]
            .iter()
            .map(|f| f.bytes.len())
            .sum::<usize>();
        self.counted = self.files.len();
        if self.files.is_empty() || (!force && self.bytes < EMIT_BYTES) {
            return Ok(());
        }
        self.sent += self.files.len();
        self.bytes = 0;
        self.counted = 0;
        (self.emit)(std::mem::take(&mut self.files))
    }
}

fn build_inner<'a>(
    lang: &str,
    count: usize,
    doc_at: impl Fn(usize) -> SearchDoc<'a> + Sync,
    keep: bool,
    emit: Emit,
) -> anyhow::Result<(usize, Option<LiveIndex>)> {
    let clock = std::time::Instant::now();
    let lap = |what: &str| {
        if std::env::var_os("SALA_TIMINGS").is_some() {
            let mb = |kb: Option<u64>| kb.unwrap_or(0) >> 10;
            eprintln!(
                "    search {lang} {what}: {:.0} ms, {} MB now, peak {} MB",
                clock.elapsed().as_secs_f64() * 1e3,
                mb(crate::memory::resident_kb()),
                mb(crate::memory::peak_kb())
            );
        }
    };
    // Pages are tokenized a batch at a time (each batch in parallel) and
    // their postings moved at once into per-term lists, in page order: only
    // one batch's page-by-page postings are ever held beside the lists.
    let interner = Interner::new();
    let mut lists: Vec<PostingList> = Vec::new();
    let mut lengths = vec![0u32; count << PASSAGE_BITS];
    let mut passage_count = 0usize;
    let mut out = Outbox::new(emit);
    // Only serve keeps the texts; a build writes each batch's at once.
    let mut texts_kept = Vec::new();
    let mut urls: Vec<String> = Vec::new();
    let mut doc_term_ids: Vec<Vec<u32>> = Vec::new();
    let mut doc_passages: Vec<usize> = Vec::new();
    for first in (0..count).step_by(BATCH) {
        let per_doc: Vec<(DocTerms, String, Option<String>)> = (first..(first + BATCH).min(count))
            .into_par_iter()
            .map_init(
                || Worker::new(lang),
                |w, id| {
                    let doc = doc_at(id);
                    let ps = passages(&doc);
                    let terms = doc_terms(w, &interner, id as u32, &doc, &ps);
                    let url = keep.then(|| doc.url.to_string());
                    (terms, text_entry(&doc, &ps), url)
                },
            )
            .collect();
        let mut texts = Vec::with_capacity(per_doc.len());
        for (k, (terms, text, url)) in per_doc.into_iter().enumerate() {
            let doc_id = first + k;
            for (i, &len) in terms.lengths.iter().enumerate() {
                lengths[doc_id << PASSAGE_BITS | i] = len;
            }
            passage_count += terms.lengths.len();
            if keep {
                urls.extend(url);
                doc_passages.push(terms.lengths.len());
                let mut ids: Vec<u32> = terms.postings.iter().map(|&(t, _, _)| t).collect();
                ids.sort_unstable();
                ids.dedup();
                doc_term_ids.push(ids);
            }
            for (t, pid, f) in terms.postings {
                let t = t as usize;
                if t >= lists.len() {
                    lists.resize_with(t + 1, PostingList::default);
                }
                lists[t].push(pid, f);
            }
            texts.push(text);
        }
        out.files.extend(
            texts
                .chunks(TEXT_GROUP)
                .enumerate()
                .map(|(g, group)| text_file(lang, first / TEXT_GROUP + g, group)),
        );
        out.flush(false)?;
        if keep {
            texts_kept.extend(texts);
        }
    }
    lap("pages tokenized and texts compressed");
    let names = interner.into_terms();
    let names_by_id: Vec<(u32, String)> = if keep { names.clone() } else { Vec::new() };
    let (n, avg) = collection_stats(passage_count, &lengths);

    // Scores, then chunks, per term, in the order JavaScript sorts them.
    let mut terms: Vec<(String, PostingList)> = names
        .into_iter()
        .map(|(id, name)| {
            let list = lists.get_mut(id as usize).map(std::mem::take);
            (name, list.unwrap_or_default())
        })
        .collect();
    drop(lists);
    terms.par_sort_unstable_by(|a, b| utf16_cmp(&a.0, &b.0));
    let live = keep.then(|| {
        terms
            .iter()
            .map(|(t, list)| (t.clone(), list.decode()))
            .collect::<HashMap<String, Vec<(u32, u32)>>>()
    });
    let entries: Vec<(String, Vec<String>, Vec<u32>)> = terms
        .into_par_iter()
        .map(|(term, list)| {
            let mut list = list.decode();
            let (chunks, maxes) = score_chunks(&mut list, n, avg, &lengths);
            (term, chunks, maxes)
        })
        .collect();
    lap("scored and chunked");

    // Dictionary shards, and the packs of further chunks they point to.
    let mut shard_heads: Vec<String> = Vec::new();
    let mut shard_terms: Vec<Vec<String>> = Vec::new();
    let mut fragments: HashMap<String, String> = HashMap::default();
    let mut shard = String::new();
    let mut packs = Packs::new(lang, 0);
    // Each entry is freed once it is in its shard and packs.
    for (term, chunks, maxes) in entries {
        if shard.is_empty() {
            shard_heads.push(term.clone());
            shard_terms.push(Vec::new());
        }
        let fragment = entry_json(&term, &chunks, &maxes, &mut packs, &mut out.files);
        if !shard.is_empty() {
            shard.push(',');
        }
        shard.push_str(&fragment);
        if keep {
            fragments.insert(term.clone(), fragment);
            if let Some(list) = shard_terms.last_mut() {
                list.push(term.clone());
            }
        }
        if shard.len() >= SHARD_BYTES {
            out.files
                .push(shard_file(lang, shard_heads.len() - 1, &shard));
            shard.clear();
            out.flush(false)?;
        }
    }
    if !shard.is_empty() {
        out.files
            .push(shard_file(lang, shard_heads.len() - 1, &shard));
    }
    packs.finish(&mut out.files);
    lap("shards and packs made");
    out.files
        .push(meta_file(lang, passage_count, count, &shard_heads));
    out.flush(true)?;
    let live = live.map(|postings| {
        let by_id: HashMap<u32, &str> = names_by_id.iter().map(|(i, t)| (*i, t.as_str())).collect();
        LiveIndex {
            lang: lang.to_string(),
            urls,
            doc_terms: doc_term_ids
                .iter()
                .map(|ids| {
                    ids.iter()
                        .filter_map(|i| by_id.get(i).map(|t| t.to_string()))
                        .collect()
                })
                .collect(),
            postings,
            lengths,
            doc_passages,
            passages: passage_count,
            texts: texts_kept,
            shard_heads,
            shard_terms,
            fragments,
            next_pack: packs.number,
        }
    });
    Ok((out.sent, live))
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

/// What BM25 needs of the whole index: the number of passages and their
/// average length in terms (at least 1 each).
pub(super) fn collection_stats(passages: usize, lengths: &[u32]) -> (f64, f64) {
    let n = passages.max(1) as f64;
    let avg = (lengths.iter().map(|&l| f64::from(l)).sum::<f64>() / n).max(1.0);
    (n, avg)
}

/// BM25 scores of one term's postings (`(passage id, frequency)`, replaced
/// by `(passage id, score)`), ordered by score and cut into chunks; with the
/// highest score of each chunk.
pub(super) fn score_chunks(
    list: &mut [(u32, u32)],
    n: f64,
    avg: f64,
    lengths: &[u32],
) -> (Vec<String>, Vec<u32>) {
    let df = list.len() as f64;
    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
    for (pid, tf) in list.iter_mut() {
        let dl = f64::from(lengths.get(*pid as usize).copied().unwrap_or(0).max(1));
        let f = f64::from(*tf);
        let s = idf * f * (K1 + 1.0) / (f + K1 * (1.0 - B + B * dl / avg));
        *tf = ((s * 10.0).round() as u32).max(1);
    }
    if list.len() <= FIRST_CHUNK {
        // One chunk (most terms): it is written in passage order anyway.
        let max = list.iter().map(|&(_, s)| s).max();
        return match max {
            Some(max) => (vec![encode_chunk(list)], vec![max]),
            None => (Vec::new(), Vec::new()),
        };
    }
    by_score(list);
    let mut chunks = Vec::new();
    let mut maxes = Vec::new();
    let (mut start, mut size) = (0, FIRST_CHUNK);
    while start < list.len() {
        let end = (start + size).min(list.len());
        maxes.push(list[start].1);
        chunks.push(encode_chunk(&mut list[start..end]));
        start = end;
        size = (size * 4).min(LAST_CHUNK);
    }
    (chunks, maxes)
}

/// Orders postings by score, highest first, then by passage id. Scores are
/// small numbers, so postings already in passage order (as a build reads
/// them) are counted into place in linear time, keeping that order within
/// a score; a general sort was a twentieth of a build's time.
fn by_score(list: &mut [(u32, u32)]) {
    let max = list.iter().map(|&(_, s)| s).max().unwrap_or(0) as usize;
    // The counts take one slot a score: not many more than there are postings.
    if max > list.len() + 1024 || !list.is_sorted_by_key(|&(pid, _)| pid) {
        list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        return;
    }
    // Where each score's postings begin, highest score first.
    let mut next = vec![0usize; max + 1];
    for &(_, s) in list.iter() {
        next[s as usize] += 1;
    }
    let mut at = 0;
    for slot in next.iter_mut().rev() {
        let count = *slot;
        *slot = at;
        at += count;
    }
    let mut out = vec![(0, 0); list.len()];
    for &(pid, s) in list.iter() {
        out[next[s as usize]] = (pid, s);
        next[s as usize] += 1;
    }
    list.copy_from_slice(&out);
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
mod tests {
    use super::*;

    #[test]
    fn posting_lists_read_back_what_was_put_in() {
        let pairs = [
            (0, 1),
            (1, 300),
            (64, 7),
            (65, 1),
            (1 << 20, 70_000),
            (u32::MAX, 2),
            (3, 4),
        ];
        let mut list = PostingList::default();
        for &(pid, f) in &pairs {
            list.push(pid, f);
        }
        assert_eq!(list.decode(), pairs);
        assert!(list.bytes.len() < pairs.len() * 8);
    }

    #[test]
    fn postings_are_ordered_by_score_then_passage() {
        let mut seed = 7u32;
        let mut rand = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for len in [0, 1, 2, 63, 64, 65, 1000] {
            for high in [1, 5, 300, 70_000] {
                let mut pid = 0;
                let list: Vec<(u32, u32)> = (0..len)
                    .map(|_| {
                        pid += 1 + rand() % 3;
                        (pid, 1 + rand() % high)
                    })
                    .collect();
                let mut want = list.clone();
                want.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                let mut got = list.clone();
                by_score(&mut got);
                assert_eq!(got, want, "{len} postings, scores up to {high}");
                // Not in passage order (serve's edited lists): still right.
                let mut shuffled = list.clone();
                shuffled.reverse();
                by_score(&mut shuffled);
                assert_eq!(shuffled, want);
            }
        }
    }

    #[test]
    fn alert_markers_left_as_text_never_reach_excerpts() {
        assert_eq!(
            without_alert_markers("[!TIP] Same line title"),
            "Same line title"
        );
        assert_eq!(without_alert_markers("a [!note] b [!Warning]"), "a b ");
        assert_eq!(
            without_alert_markers("arr[!i] [!x] ประสาน"),
            "arr[!i] [!x] ประสาน"
        );
        let doc = SearchDoc {
            lang: "en",
            url: "en/a/index.html",
            title: "A",
            sections: vec![super::super::SearchSection {
                anchor: "",
                heading: "A",
                text: "[!NOTE] Keep this.\nAnd this.".into(),
            }],
        };
        assert_eq!(passages(&doc)[0].text, "Keep this.\nAnd this.");
    }
}
