//! A page's terms: tokenized passage by passage (title and heading weighted)
//! into `(term id, passage id, frequency)` postings, with term ids shared by
//! the threads through an `Interner`. Used by a full `index` build and by
//! `live` for one saved page.

use super::passages::{Passage, PASSAGE_BITS};
use super::tokenize::{self, Term};
use super::SearchDoc;
use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;

const TITLE_WEIGHT: u32 = 6;
const HEADING_WEIGHT: u32 = 3;

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
