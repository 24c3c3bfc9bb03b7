//! A term's postings: held compactly while pages are read, then given BM25
//! scores, ordered by score and cut into VLQ-encoded chunks that grow
//! fourfold. Shared by a full `index` build and `live` updates.

use super::encode;

const FIRST_CHUNK: usize = 64;
/// Chunks grow fourfold up to this many postings.
const LAST_CHUNK: usize = 4096;
const K1: f64 = 1.2;
const B: f64 = 0.75;

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

/// One term's postings while pages are read: `(passage id, frequency)` in
/// passage order, as LEB128 varints (the passage id as the step from the
/// last). A quarter of the memory of the pairs themselves, which at 10,000
/// pages a language were the largest thing a build held.
#[derive(Default)]
pub(super) struct PostingList {
    bytes: Vec<u8>,
    last: u32,
}

impl PostingList {
    /// Adds a posting. Passage ids only grow; were one not to, the step
    /// wraps and still reads back.
    pub(super) fn push(&mut self, pid: u32, f: u32) {
        push_varint(&mut self.bytes, pid.wrapping_sub(self.last));
        push_varint(&mut self.bytes, f);
        self.last = pid;
    }

    pub(super) fn decode(&self) -> Vec<(u32, u32)> {
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
}
