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
//! - `meta.js`: `{v: 5, passages, docs, tg: pages per text file, shards: [head of each shard]}`,
//!   a head being the shortest start of the shard's first term that sorts after the shard before
//! - `d/<shard>.js`: `[[term, chunk0, [max score of chunk 1, 2, …], [pack of chunk 1, 2, …]]?, …]`
//! - `p/<pack>.js`: `{"<chunk> <term>": chunk, …}`, further chunks
//! - `t/<group>.js`: `[{u: url, t: title, c?: charset, z: deflate(JSON [[anchor, heading, text], …])}, …]`
//!   with `z` in seven-bit text (`encode::seven_bit`),
//!   pages `group * tg` to `group * tg + tg - 1`; `c` is "windows-874" for
//!   mostly Thai texts (`encode::page_texts`), else the texts are UTF-8
//!
//! A chunk is `(passage id delta, score)` pairs in VLQ, by passage id; a
//! passage id is `doc << 6 | passage`, so the page of a posting is known
//! without a table. Scores are BM25 × 10, rounded, at least 1.
//!
//! This module runs a whole build; its parts, shared with `live`, are
//! `passages` (pages cut, texts written), `terms` (tokenizing), `postings`
//! (scoring, chunks) and `shards` (dictionary entries, packs, `meta.js`).

use super::live::LiveIndex;
use super::passages::{passages, text_entry, text_file, PASSAGE_BITS, TEXT_GROUP};
use super::postings::{collection_stats, score_chunks, PostingList};
use super::shards::{entry_json, meta_file, shard_file, utf16_cmp, Packs};
use super::terms::{doc_terms, DocTerms, Interner, Worker};
use super::{OutputFile, SearchDoc};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Pages tokenized together before their postings join the term lists.
const BATCH: usize = 512;
// A text group never straddles two batches (each batch writes its groups).
const _: () = assert!(BATCH.is_multiple_of(TEXT_GROUP));
/// Dictionary shards are cut after this many bytes. A first query reads the
/// shard of each of its terms: at 4 KB the dictionary was 17-39 KB of a Thai
/// or Vietnamese first query at 3,000 pages, at 2 KB it is 9-19 KB, for a
/// list of shard heads in `meta` about 1-2 KB longer (search-core.js reads
/// two shards on each side for a correction, as many terms as before).
const SHARD_BYTES: usize = 2048;

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

/// What `meta.js` lists for a shard whose first term is `first`: the shortest
/// start of it that sorts after `before`, the last term of the shard before
/// (the browser finds a term's shard as the last whose head is not after the
/// term, and a head sorts before every term of its shard, after every term of
/// the shards before). The first shard's head is empty. At 30,303 pages the
/// Vietnamese `meta.js`, which every first query reads, went from 5.3 to
/// 4.7 KB, the Thai one from 1.8 to 1.6 KB.
fn separator(before: &str, first: &str, is_first: bool) -> String {
    if is_first {
        return String::new();
    }
    first
        .char_indices()
        .map(|(i, c)| &first[..i + c.len_utf8()])
        .find(|start| utf16_cmp(start, before) == std::cmp::Ordering::Greater)
        .unwrap_or(first)
        .to_string()
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
    // The last term of the shard before, which a shard's head must sort after.
    let mut before = String::new();
    // Each entry is freed once it is in its shard and packs.
    for (term, chunks, maxes) in entries {
        if shard.is_empty() {
            shard_heads.push(separator(&before, &term, shard_heads.is_empty()));
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
            before = term;
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
