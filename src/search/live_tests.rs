//! `live` checked against a full build: a page updated in a `LiveIndex`
//! must read back as a fresh index of its new text. Apart from `live.rs`,
//! since only `index` builds a `LiveIndex` (and `index` uses `live`).

use super::index;
use super::{OutputFile, SearchDoc, SearchSection};
use std::collections::BTreeMap;

fn doc<'a>(url: &'a str, title: &'a str, text: &'a str) -> SearchDoc<'a> {
    SearchDoc {
        lang: "en",
        url,
        title,
        sections: vec![SearchSection {
            anchor: "",
            heading: title,
            text: text.into(),
        }],
    }
}

type Made = std::sync::Mutex<BTreeMap<String, Vec<u8>>>;

/// An `Emit` that keeps the files in `made`.
fn collect(made: &Made) -> impl Fn(Vec<OutputFile>) -> anyhow::Result<()> + Sync + '_ {
    move |files| {
        let mut m = made.lock().unwrap();
        for f in files {
            assert!(m.insert(f.path, f.bytes).is_none(), "a file emitted twice");
        }
        Ok(())
    }
}

fn take(made: &Made) -> BTreeMap<String, Vec<u8>> {
    std::mem::take(&mut *made.lock().unwrap())
}

/// The JSON an index file hands to `salaSearchData`.
fn read(files: &BTreeMap<String, Vec<u8>>, path: &str) -> serde_json::Value {
    let text = String::from_utf8(files[path].clone()).unwrap();
    let start = text.find(',').unwrap() + 1;
    serde_json::from_str(text[start..].trim_end().trim_end_matches(");")).unwrap()
}

/// Reads index files back as the browser does: every term's postings,
/// `(passage id, score)`, from its first chunk and its packs.
fn postings(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<(u32, u32)>> {
    let payload = |path: &str| read(files, path);
    let unvlq = |s: &str| -> Vec<(u32, u32)> {
        const DIGITS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let (mut nums, mut n, mut shift) = (Vec::new(), 0u32, 0);
        for c in s.chars() {
            let d = DIGITS.find(c).unwrap() as u32;
            n |= (d & 31) << shift;
            if d & 32 != 0 {
                shift += 5;
            } else {
                nums.push(n);
                (n, shift) = (0, 0);
            }
        }
        let mut pid = 0;
        nums.chunks(2)
            .map(|p| {
                pid += p[0];
                (pid, p[1])
            })
            .collect()
    };
    let meta = payload("search/en/meta.js");
    let mut out = BTreeMap::new();
    for k in 0..meta["shards"].as_array().unwrap().len() {
        for e in payload(&format!("search/en/d/{k}.js")).as_array().unwrap() {
            let term = e[0].as_str().unwrap().to_string();
            let mut list = unvlq(e[1].as_str().unwrap());
            if let Some(packs) = e.get(3).and_then(|p| p.as_array()) {
                for (j, pack) in packs.iter().enumerate() {
                    let chunks = payload(&format!("search/en/p/{}.js", pack.as_u64().unwrap()));
                    list.extend(unvlq(chunks[format!("{} {term}", j + 1)].as_str().unwrap()));
                }
            }
            list.sort_unstable();
            out.insert(term, list);
        }
    }
    out
}

#[test]
fn an_edited_page_reads_back_as_a_fresh_index_of_the_new_text() {
    // Enough pages that common words have further chunks in packs.
    let texts: Vec<String> = (0..300)
        .map(|i| {
            format!(
                "common words here and page {i} about coordination number{}",
                i % 7
            )
        })
        .collect();
    let urls: Vec<String> = (0..300).map(|i| format!("en/p{i}/index.html")).collect();
    let docs: Vec<SearchDoc> = (0..300).map(|i| doc(&urls[i], "Page", &texts[i])).collect();
    let made = Made::default();
    let (sent, mut live) =
        index::build_live("en", docs.len(), |i| docs[i].clone(), &collect(&made)).unwrap();
    let mut served: BTreeMap<String, Vec<u8>> = take(&made);
    assert_eq!(sent, served.len());

    // One word replaced by another: lengths and counts stay, so every
    // score must equal a full build's.
    let edited = "common words here and page 5 about negotiation number5";
    for f in live.update(5, &doc(&urls[5], "Page", edited)).unwrap() {
        served.insert(f.path, f.bytes);
    }
    let mut fresh_docs = docs.clone();
    fresh_docs[5] = doc(&urls[5], "Page", edited);
    index::build(
        "en",
        fresh_docs.len(),
        |i| fresh_docs[i].clone(),
        &collect(&made),
    )
    .unwrap();
    let fresh = take(&made);
    let (got, want) = (postings(&served), postings(&fresh));
    assert_eq!(got["negoti"].len(), 1);
    assert_eq!(got["coordin"].len(), 299, "a term with packs, updated");
    assert_eq!(got, want);
    assert_eq!(served["search/en/t/5.js"], fresh["search/en/t/5.js"]);

    // The same text again writes nothing.
    assert!(live
        .update(5, &doc(&urls[5], "Page", edited))
        .unwrap()
        .is_empty());
}

#[test]
fn every_term_is_in_the_shard_the_browser_looks_it_up_in() {
    // Many terms sharing long starts, so shards split inside them.
    let texts: Vec<String> = (0..400)
        .map(|i| {
            format!(
                "coordination{i:04} collaborat{} governance{}",
                i % 37,
                i * 7919 % 1000
            )
        })
        .collect();
    let urls: Vec<String> = (0..400).map(|i| format!("en/p{i}/index.html")).collect();
    let docs: Vec<SearchDoc> = (0..400).map(|i| doc(&urls[i], "Page", &texts[i])).collect();
    let made = Made::default();
    index::build("en", docs.len(), |i| docs[i].clone(), &collect(&made)).unwrap();
    let files = take(&made);
    let coded: Vec<String> = read(&files, "search/en/meta.js")["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap().to_string())
        .collect();
    let heads = super::shards::tests::unfront(&coded);
    assert!(heads.len() > 10, "{heads:?}");
    assert_eq!(heads[0], "");
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
    let mut shorter = 0;
    for (k, head) in heads.iter().enumerate() {
        let entries = read(&files, &format!("search/en/d/{k}.js"));
        let terms: Vec<&str> = entries
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e[0].as_str().unwrap())
            .collect();
        for t in &terms {
            // As search-core.js's shardOf: the last shard whose head is not after the term.
            let found = heads
                .iter()
                .rposition(|h| utf16(h) <= utf16(t))
                .unwrap_or(0);
            assert_eq!(found, k, "{t} written to shard {k}, looked up in {found}");
        }
        // A head is a start of its shard's first term, often shorter.
        assert!(
            terms[0].starts_with(head.as_str()),
            "{head} heads {terms:?}"
        );
        if head.len() < terms[0].len() {
            shorter += 1;
        }
    }
    assert!(shorter > 2, "{heads:?}");
}
