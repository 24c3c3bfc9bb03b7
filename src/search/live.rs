//! One language's index kept in memory by `sala serve`, so that a saved page
//! reaches search at once: only that page's postings change, and only the
//! files that hold them are written again (its text file, the dictionary
//! shards of the terms it gains or loses, new packs for those terms' further
//! chunks, and `meta.js`).
//!
//! The terms a save does not touch keep the scores they were given with the
//! page and passage counts of the last full index (a passage a few words
//! longer barely moves BM25); a full build makes every score exact again.
//! A page added or removed changes the document ids: `serve` then redoes
//! the language's index in full once edits pause.

use super::passages::{passages, text_entry, text_file, PASSAGE_BITS, TEXT_GROUP};
use super::postings::{collection_stats, score_chunks};
use super::shards::{entry_json, meta_file, shard_file, utf16_cmp, Packs};
use super::terms::{doc_terms, Interner, Worker};
use super::{OutputFile, SearchDoc};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

pub struct LiveIndex {
    pub(super) lang: String,
    /// The indexed pages' URLs, by document id.
    pub(super) urls: Vec<String>,
    /// The distinct terms of each page.
    pub(super) doc_terms: Vec<Vec<String>>,
    /// Every term's postings, `(passage id, weighted frequency)` by passage id.
    pub(super) postings: HashMap<String, Vec<(u32, u32)>>,
    /// Terms per passage id slot (`doc << PASSAGE_BITS | passage`).
    pub(super) lengths: Vec<u32>,
    /// Passages of each page, and of all.
    pub(super) doc_passages: Vec<usize>,
    pub(super) passages: usize,
    /// Each page's text entry (`{u, t, z}`).
    pub(super) texts: Vec<String>,
    pub(super) shard_heads: Vec<String>,
    /// The terms of each dictionary shard, in JavaScript's order.
    pub(super) shard_terms: Vec<Vec<String>>,
    /// Each term's dictionary entry as written.
    pub(super) fragments: HashMap<String, String>,
    /// The number the next pack file gets.
    pub(super) next_pack: usize,
}

impl LiveIndex {
    pub(super) fn empty(lang: &str) -> LiveIndex {
        LiveIndex {
            lang: lang.to_string(),
            urls: Vec::new(),
            doc_terms: Vec::new(),
            postings: HashMap::default(),
            lengths: Vec::new(),
            doc_passages: Vec::new(),
            passages: 0,
            texts: Vec::new(),
            shard_heads: Vec::new(),
            shard_terms: Vec::new(),
            fragments: HashMap::default(),
            next_pack: 0,
        }
    }

    /// Whether this index holds exactly these pages, in this order: only
    /// then can a page be updated in place (a page added or removed shifts
    /// the document ids, and needs a full index).
    pub fn holds(&self, urls: &[&str]) -> bool {
        self.urls.len() == urls.len() && self.urls.iter().zip(urls).all(|(a, b)| a == b)
    }

    /// Puts the new text of page `doc_id` in the index; returns the files to
    /// write again. `None` when it cannot be done in place (an index without
    /// any term yet has no shards to put one in): the index needs a full run.
    pub fn update(&mut self, doc_id: usize, doc: &SearchDoc) -> Option<Vec<OutputFile>> {
        let mut files = Vec::new();
        if doc_id >= self.urls.len() || self.shard_heads.is_empty() {
            return None;
        }
        let lang = self.lang.clone();
        let ps = passages(doc);
        let interner = Interner::new();
        let mut worker = Worker::new(&lang);
        let terms = doc_terms(&mut worker, &interner, doc_id as u32, doc, &ps);
        let names: HashMap<u32, String> = interner.into_terms().into_iter().collect();

        // The page's postings before and after, term by term: only terms
        // whose postings differ are scored and written again (a changed
        // passage length alone waits for the full index).
        let first = (doc_id as u32) << PASSAGE_BITS;
        let last = first + (1 << PASSAGE_BITS);
        let mine = |pid: u32| pid >= first && pid < last;
        let mut before: HashMap<String, Vec<(u32, u32)>> = HashMap::default();
        for t in std::mem::take(&mut self.doc_terms[doc_id]) {
            let list = self.postings.get(&t).map_or(Vec::new(), |l| {
                l.iter().copied().filter(|&(pid, _)| mine(pid)).collect()
            });
            before.insert(t, list);
        }
        let mut after: HashMap<String, Vec<(u32, u32)>> = HashMap::default();
        for (id, pid, f) in terms.postings {
            if let Some(t) = names.get(&id) {
                after.entry(t.clone()).or_default().push((pid, f));
            }
        }
        for list in after.values_mut() {
            list.sort_unstable();
        }
        let mut touched: BTreeSet<String> = BTreeSet::new();
        for (t, old) in &before {
            if after.get(t) != Some(old) {
                touched.insert(t.clone());
            }
        }
        for t in after.keys() {
            if !before.contains_key(t) {
                touched.insert(t.clone());
            }
        }
        for t in &touched {
            let list = self.postings.entry(t.clone()).or_default();
            list.retain(|&(pid, _)| !mine(pid));
            if let Some(new) = after.get(t) {
                let at = list.partition_point(|&(p, _)| p < first);
                list.splice(at..at, new.iter().copied());
            }
        }
        let mut kept: Vec<String> = after.into_keys().collect();
        kept.sort_unstable();
        self.doc_terms[doc_id] = kept;
        let text = text_entry(doc, &ps);
        if touched.is_empty() && text == self.texts[doc_id] {
            // Saved again with the same text.
            return Some(files);
        }
        let slots = &mut self.lengths[first as usize..last as usize];
        slots.fill(0);
        for (slot, &len) in slots.iter_mut().zip(&terms.lengths) {
            *slot = len;
        }
        self.passages = self.passages + terms.lengths.len() - self.doc_passages[doc_id];
        self.doc_passages[doc_id] = terms.lengths.len();

        // The touched terms' entries, their further chunks in new packs.
        let (n, avg) = collection_stats(self.passages, &self.lengths);
        let mut packs = Packs::new(&lang, self.next_pack);
        let mut shards: BTreeSet<usize> = BTreeSet::new();
        for t in &touched {
            let k = self.shard_of(t);
            shards.insert(k);
            let list = self.postings.get(t).cloned().unwrap_or_default();
            let terms_k = &mut self.shard_terms[k];
            let place = terms_k.binary_search_by(|x| utf16_cmp(x, t));
            if list.is_empty() {
                self.postings.remove(t);
                self.fragments.remove(t);
                if let Ok(at) = place {
                    terms_k.remove(at);
                }
                continue;
            }
            if let Err(at) = place {
                terms_k.insert(at, t.clone());
            }
            let mut list = list;
            let (chunks, maxes) = score_chunks(&mut list, n, avg, &self.lengths);
            let fragment = entry_json(t, &chunks, &maxes, &mut packs, &mut files);
            self.fragments.insert(t.clone(), fragment);
        }
        packs.finish(&mut files);
        self.next_pack = packs.number;
        for k in shards {
            let entries: Vec<&str> = self.shard_terms[k]
                .iter()
                .filter_map(|t| self.fragments.get(t).map(String::as_str))
                .collect();
            files.push(shard_file(&lang, k, &entries.join(",")));
        }

        // The page's text, and the counts in meta.js.
        self.texts[doc_id] = text;
        let group = doc_id / TEXT_GROUP;
        let from = group * TEXT_GROUP;
        let to = (from + TEXT_GROUP).min(self.texts.len());
        files.push(text_file(&lang, group, &self.texts[from..to]));
        files.push(meta_file(
            &lang,
            self.passages,
            self.urls.len(),
            &self.shard_heads,
        ));
        Some(files)
    }

    /// The dictionary shard a term belongs in: the last whose first term is
    /// not after it (the first shard for a term before them all), as the
    /// browser looks it up.
    fn shard_of(&self, term: &str) -> usize {
        self.shard_heads
            .partition_point(|h| utf16_cmp(h, term) != std::cmp::Ordering::Greater)
            .saturating_sub(1)
    }
}
